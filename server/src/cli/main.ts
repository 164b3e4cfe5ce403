/**
 * The operators' command line (PRODUCT.md §9): `pnpm cli <command>`.
 * Standard output carries only results; logs and progress go to standard error.
 */
import { Command } from 'commander';
import { registerDemoCommand } from './demo-command';
import { registerExportCommand } from './export-command';
import { registerFunnelCommand } from './funnel-command';
import { registerImportCommand } from './import-command';
import { registerMeasuresCommand } from './measures-command';
import { registerTrendCommand } from './trend-command';
import { registerUserCommand } from './user-command';

const program = new Command('cli')
  .description('Leadership Development Monitor — operator commands')
  .showHelpAfterError();
registerImportCommand(program);
registerDemoCommand(program);
registerMeasuresCommand(program);
registerFunnelCommand(program);
registerTrendCommand(program);
registerExportCommand(program);
registerUserCommand(program);

await program.parseAsync(process.argv);
