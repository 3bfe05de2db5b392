// Made-up releases of a made-up organization, for tests that need a corpus of their own, and drafts
// with planted errors. (The seed-corpus drafts use names from ../../seeds, which tests may do.)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, serverJs } from './harness';

export const CORPUS: Record<string, string> = {
  'releases/r1.txt': `Baltic Ports Authority launches Harbour Watch Programme

12 March 2019

Press Release

Riga, 12 March 2019 – The Baltic Ports Authority (BPA) today launched the Harbour Watch Programme, a joint effort of port police and customs against cargo smuggling. Director General of the BPA, Ingrid Solheim, opened the launch meeting with the heads of the ten member ports.

"The Harbour Watch Programme brings every port of the region into one risk picture," said Director General Solheim.

The programme will train 200 officers in its first year.

About the BPA
The Baltic Ports Authority is an intergovernmental body of ports around the Baltic Sea.
###
`,
  'releases/r2.txt': `Harbour Watch Programme reaches its first milestone

4 November 2019

Press Release

Tallinn, 4 November 2019 – Officers trained under the Harbour Watch Programme now number 100, the Baltic Ports Authority (BPA) announced today. BPA Director General Ingrid Solheim thanked the member ports for their support.

"Training is the heart of the Harbour Watch Programme," said Ingrid Solheim, Director General of the BPA.

###
`,
  'releases/r3.txt': `Ports meet in Gdansk

20 May 2020

Press Release

Gdansk, 20 May 2020 – Director General Ingrid Solheim of the Baltic Ports Authority (BPA) welcomed ministers to the annual meeting. The ministers reviewed the Harbour Watch Programme and agreed to extend it to inland ports.

###
`,
};

/** Two more releases that introduce a second programme (for the relearn test). */
export const MORE_CORPUS: Record<string, string> = {
  'releases/r4.txt': `Ports light the Coastal Lantern Initiative

2 February 2021

Press Release

Klaipeda, 2 February 2021 – The Baltic Ports Authority (BPA) and five coastal states today started the Coastal Lantern Initiative to share radar data on small vessels. Director General Ingrid Solheim said the Coastal Lantern Initiative would close the gaps between ports.

###
`,
  'releases/r5.txt': `Coastal Lantern Initiative grows

9 September 2021

Press Release

Riga, 9 September 2021 – Two more states joined the Coastal Lantern Initiative this week, the Baltic Ports Authority (BPA) said. "With the Coastal Lantern Initiative, no small vessel goes unseen," said Director General Solheim.

###
`,
};

export const CUSTOM_DRAFT = `Ports agree on radar sharing

3 March 2022

Press Release

Riga, 3 March 2022 – Director General Ingrid Solheim said the Harbour Wacth Programme would grow. Ministers also discussed the Coastal Lanturn Initiative and the budget.
`;

export const SEED_DRAFT = `WCO Secretary General meets partners

23 February 2012

Press Release

Brussels, 23 February 2012 – Kunio Mikurya, Secretary General of the World Customs Organization (WCO), discussed the Global Shied Programme with partners.
`;

/** Builds dist/ when a single test file is run without `npm test` (whose pretest builds). */
export function ensureBuilt(): void {
  if (fs.existsSync(serverJs)) return;
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
