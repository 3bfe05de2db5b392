// The date of a release: its date line, else the dateline that opens its first paragraph.
import assert from 'node:assert/strict';
import { documentDate } from '../../server/src/engine/text/dates';

describe('documentDate', () => {
  it('reads a date line, and a date line after the headline', () => {
    assert.equal(documentDate('WCO meets\n\nBrussels, 6 January 2011\n\nThe WCO met.'), '2011-01-06');
    assert.equal(documentDate('WCO meets\n\n6 January 2011\n\nThe WCO met.'), '2011-01-06');
  });

  it('reads a corporate dateline with its date inside the first paragraph ("DAYTON, Ohio, March 14, 2018 –")', () => {
    assert.equal(documentDate('Launch\n\nDAYTON, Ohio, March 14, 2018 – The company (NYSE: QHE) today launched a sensor it first tested on June 1, 2016.'), '2018-03-14');
  });

  it('without a date in the dateline, takes the first date of the paragraph it opens', () => {
    assert.equal(documentDate('Renewal\n\nWASHINGTON, D.C. – The agencies signed an arrangement on September 23, 2022, in Washington.'), '2022-09-23');
  });

  it('reads a dateline with a wire service\'s tag after the date ("/CNW/ -", "(BUSINESS WIRE) --")', () => {
    assert.equal(documentDate('News Release\n\nAgency names president\n\nOTTAWA, ON, March 8, 2018 /CNW/ - The Minister of Fisheries today announced the appointment of a new President and Chief Executive Officer of the Agency.'), '2018-03-08');
    assert.equal(documentDate('Launch\n\nSEATTLE, March 14, 2018 (BUSINESS WIRE) -- The company today launched a sensor that it had first tested in the field on June 1, 2016.'), '2018-03-14');
  });

  it('reads AP-style abbreviated months ("Sept. 14, 2021", "Jan. 5, 2022")', () => {
    assert.equal(documentDate('Launch\n\nBOULDER, Colo., Sept. 14, 2021 – The agency today launched a buoy.'), '2021-09-14');
    assert.equal(documentDate('Launch\n\nJan. 5, 2022\n\nThe agency today launched a buoy.'), '2022-01-05');
  });

  it('reads a dateline with its date in parentheses ("CEDAR FALLS, Iowa (June 14, 2016) — ")', () => {
    assert.equal(documentDate('News Release\n\nTransit board adopts budget\n\nCEDAR FALLS, Iowa (June 14, 2016) — The board today adopted a budget that takes effect July 1, 2016.'), '2016-06-14');
    assert.equal(documentDate('Launch\n\nMOMBASA (14 June 2016) – The port today opened a berth.'), '2016-06-14');
  });

  it('reads a dateline with an ordinal day ("Ndoroko, 16th March 2015 – ")', () => {
    assert.equal(documentDate('Press Release\n\nCounty launches scheme\n\nNdoroko, 16th March 2015 – The Governor of Ewaso County today launched a health scheme, which starts on 1st July 2015, at a ceremony attended by 2,000 residents.'), '2015-03-16');
  });

  it('leaves a release without any date undated', () => {
    assert.equal(documentDate('Renewal\n\nThe agencies signed an arrangement in Washington.'), undefined);
  });
});
