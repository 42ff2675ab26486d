import { campaignLinks, LINK_RULES } from '../../lib/campaigns/campaign-links';
import { readCreatorsFile } from '../../lib/campaigns/creators-file';
import { campaignLinksCsv } from '../../lib/campaigns/links-csv';
import { type CliCommand, UsageError, flag, option } from './args';
import { readInputFile } from './read-input-file';

/**
 * `utm --base URL --campaign NAME --creators CREATORS.csv [--medium M] [--csv]`: one line per creator, in the
 * creators file's order: `handle<TAB>tagged link<TAB>promo code`. `--csv` prints the link builder's CSV export
 * instead; `--rules` prints the rules the values follow.
 */
export const utmCommand: CliCommand = {
  name: 'utm',
  usage: ['utm --base URL --campaign NAME --creators CREATORS.csv [--medium MEDIUM] [--csv]', 'utm --rules'],
  async run(args) {
    if (flag(args, '--rules')) {
      process.stdout.write(`${LINK_RULES.join('\n')}\n`);
      return;
    }
    const base = option(args, '--base');
    const campaign = option(args, '--campaign');
    const creatorsPath = option(args, '--creators');
    if (!base || !campaign || !creatorsPath) throw new UsageError('utm needs --base URL, --campaign NAME and --creators CREATORS.csv');
    const creators = readCreatorsFile(readInputFile(creatorsPath, 'creators'));
    const links = campaignLinks({ base, campaign, medium: option(args, '--medium'), creators });
    if (flag(args, '--csv')) {
      process.stdout.write(campaignLinksCsv(links));
      return;
    }
    process.stdout.write(links.map((link) => `${link.handle}\t${link.link}\t${link.promoCode}\n`).join(''));
  },
};
