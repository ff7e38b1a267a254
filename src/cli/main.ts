import { Command, CommanderError, Option } from 'commander';
import { checkCommand } from './check-command.js';
import { evaluateCommand, type EvaluateOptions } from './evaluate-command.js';
import { diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { languageFromEnvironment, parseLang } from './locale.js';
import { ExitCode, processOutput, type Output } from './output.js';
import { formatDiagnostics } from './print-diagnostics.js';

const exitCodesHelp = `
退出码 (exit codes)：
  0  成功
  1  规则文件有误
  2  数据文件有误
  3  命令用法有误`;

/** Builds the command line; `run` keeps the exit code at the top. */
export function buildProgram(output: Output, setExitCode: (code: number) => void): Command {
  const program = new Command('rules-engine')
    .description('按规则文件为各单位计分、排名（12345 热线考核等）\nScore and rank units by rules written as data.')
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .exitOverride()
    .addHelpText('after', exitCodesHelp)
    .showHelpAfterError('（用 --help 查看用法）')
    .option('--lang <zh|en>', '提示信息的语言 (message language)；默认按环境变量 LC_ALL/LC_MESSAGES/LANG');

  const lang = (): Lang | undefined => {
    const given = program.opts<{ lang?: string }>().lang;
    if (given === undefined) return languageFromEnvironment();
    const parsed = parseLang(given);
    if (!parsed) {
      output.err(formatDiagnostics([diagnostic('U702', { value: given })]));
      setExitCode(ExitCode.usage);
    }
    return parsed;
  };

  program
    .command('evaluate')
    .description('计分并排名 (score and rank)')
    .argument('<数据文件>', 'CSV（UTF-8 或 GBK）或 XLSX 数据文件，第一行为各列名称')
    .requiredOption('-r, --rules <规则文件>', 'YAML 规则文件，如 rules/2021-changsha-furong.yaml')
    .addOption(
      new Option('-f, --format <格式>', '输出格式：table 对齐的表格，csv，json').choices(['table', 'csv', 'json']).default('table'),
    )
    .option('-o, --out <文件>', '写入文件（整体写入，出错时不留下半个文件）而不是屏幕')
    .option('-g, --group <分组>', '只输出这一分组，如 街道')
    .addOption(
      new Option('--encoding <编码>', 'CSV 文件的编码；默认自动识别（UTF-8、带 BOM 的 UTF-8、GBK/GB18030）').choices([
        'utf8',
        'gbk',
        'gb18030',
      ]),
    )
    .option('--sheet <工作表>', 'XLSX 文件中要读的工作表名称；默认第一个')
    .addHelpText('after', `\n示例：\n  rules-engine evaluate --rules rules/2021-changsha-furong.yaml examples/2021-07-furong.csv${exitCodesHelp}`)
    .action(async (data: string, opts: Omit<EvaluateOptions, 'data' | 'lang'>) => {
      const language = lang();
      if (language) setExitCode(await evaluateCommand({ ...opts, data, lang: language }, output));
    });

  program
    .command('check')
    .description('只检查规则文件，不读数据 (check a rule file)')
    .argument('<规则文件>', 'YAML 规则文件')
    .addHelpText('after', exitCodesHelp)
    .action((rules: string) => {
      const language = lang();
      if (language) setExitCode(checkCommand(rules, language, output));
    });

  return program;
}

export async function run(argv: string[], output: Output = processOutput): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(output, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      const helpShown = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
      return helpShown ? ExitCode.ok : ExitCode.usage;
    }
    throw e;
  }
  return exitCode;
}
