import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import stringWidth from 'string-width';
import { checkCommand } from './check-command.js';
import { evaluateCommand, type EvaluateOptions } from './evaluate-command.js';
import { reportCommand, reportFormats, type ReportOptions } from './report-command.js';
import { explainCommand, type ExplainOptions } from './explain-command.js';
import { previewCommand, type PreviewOptions } from './preview-command.js';
import { diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { languageFromEnvironment, parseLang } from './locale.js';
import { ExitCode, processOutput, type Output } from './output.js';
import { formatDiagnostics } from './print-diagnostics.js';
import { usageDiagnostic, usageHints } from './usage-errors.js';

const exitCodeLines = ['0  成功', '1  规则文件有误', '2  数据文件有误', '3  命令用法有误', '4  --check-against 核对发现不一致'];

/** The exit codes a command can end with, for its --help. */
function exitCodes(...codes: number[]): string {
  return `\n退出码 (exit codes)：\n${codes.map((c) => `  ${exitCodeLines[c]}`).join('\n')}`;
}

const exitCodesHelp = exitCodes(0, 1, 2, 3);
const evaluateExitCodesHelp = exitCodes(0, 1, 2, 3, 4);
/**
 * The version in package.json, read when the program runs: the module sits in
 * src/cli or dist/cli, two folders below the package root.
 */
export function packageVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    return String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

/**
 * Builds the command line; `run` keeps the exit code at the top. Commander
 * prints nothing of its own on a usage error (`run` turns the error into a
 * diagnostic); what it writes to stderr otherwise (the help shown when no
 * command is given) goes to `commanderErr`.
 */
export function buildProgram(
  output: Output,
  setExitCode: (code: number) => void,
  commanderErr: (text: string) => void = output.err,
): Command {
  const program = new Command('rules-engine')
    .description('按规则文件为各单位计分、排名（12345 热线考核等）\nScore and rank units by rules written as data.')
    .version(packageVersion(), '-V, --version', '显示版本号 (show the version)')
    .configureOutput({ writeOut: output.out, writeErr: commanderErr, outputError: () => {} })
    // Pad and wrap by terminal cells: a Chinese character takes two.
    .configureHelp({ displayWidth: (text) => stringWidth(text) })
    .helpOption('-h, --help', '显示帮助 (show help)')
    .helpCommand('help [命令]', '显示某个命令的帮助 (show help for a command)')
    .exitOverride()
    .addHelpText('after', exitCodes(0, 1, 2, 3, 4))
    .option('--lang <zh|en>', '消息的语言 (message language)；默认按 LC_ALL/LC_MESSAGES/LANG');

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

  /** A command that scores a data file: the data argument, --rules, --encoding and --sheet. */
  const scoringCommand = (name: string, description: string, example: string, codes = exitCodesHelp) =>
    program
      .command(name)
      .description(description)
      .argument('<数据文件>', 'CSV（UTF-8 或 GBK）或 XLSX 数据文件，第一行为各列名称')
      .requiredOption('-r, --rules <规则文件>', 'YAML 规则文件，如 rules/2021-changsha-furong.yaml')
      .addOption(
        new Option('--encoding <编码>', 'CSV 文件的编码；默认自动识别（UTF-8、带 BOM 的 UTF-8、GBK/GB18030）').choices([
          'utf8',
          'gbk',
          'gb18030',
        ]),
      )
      .option('--sheet <工作表>', 'XLSX 文件中要读的工作表名称；默认第一个')
      .addHelpText('after', `\n示例：\n  rules-engine ${name} --rules rules/2021-changsha-furong.yaml examples/2021-07-furong.csv${example}\n${codes}`);

  scoringCommand('evaluate', '计分并排名 (score and rank)', '', evaluateExitCodesHelp)
    .addOption(
      new Option('-f, --format <格式>', '输出格式：table 对齐的表格，csv，json；默认按 --out 的扩展名，否则 table').choices(['table', 'csv', 'json']),
    )
    .option('-o, --out <文件>', '写入文件而不是屏幕（整体写入，出错时不留下半个文件；CSV 文件带 BOM，便于 Excel 打开）；- 表示屏幕')
    .option('-g, --group <分组>', '只输出这一分组，如 街道')
    .option('--check-against <列>', '与数据中已公布的一列（如 总分）核对，列出不一致的单位；有不一致时退出码为 4')
    .action(async (data: string, opts: Omit<EvaluateOptions, 'data' | 'lang'>) => {
      const language = lang();
      if (language) setExitCode(await evaluateCommand({ ...opts, data, lang: language }, output));
    });

  scoringCommand('report', '按规则文件的“报告”部分生成报告：Markdown、Excel 或网页 (write the report tables)', ' --format xlsx --out 报告.xlsx')
    .addOption(
      new Option('-f, --format <格式>', '报告格式：md、xlsx（须用 --out）或 html（单个网页）；默认按 --out 的扩展名，否则 md').choices([
        ...reportFormats,
      ]),
    )
    .option('-o, --out <文件>', '写入文件而不是屏幕（整体写入，出错时不留下半个文件）；- 表示屏幕')
    .action(async (data: string, opts: Omit<ReportOptions, 'data' | 'lang'>) => {
      const language = lang();
      if (language) setExitCode(await reportCommand({ ...opts, data, lang: language }, output));
    });

  scoringCommand('explain', "逐项说明一个单位的得分 (explain one unit's score)", ' --unit 马坡岭')
    .requiredOption('-u, --unit <单位>', '单位名称，或名称中唯一的一部分，如 马坡岭')
    .addOption(new Option('-f, --format <格式>', 'text 文字说明，json 结构化的计算过程').choices(['text', 'json']).default('text'))
    .action(async (data: string, opts: Omit<ExplainOptions, 'data' | 'lang'>) => {
      const language = lang();
      if (language) setExitCode(await explainCommand({ ...opts, data, lang: language }, output));
    });

  scoringCommand('preview', '在终端中查看排名，保存规则文件或数据文件后立即重算 (live ranking in the terminal)', '')
    .addHelpText('before', '按键：↑↓/jk 移动，Tab/←→ 切换分组，/ 筛选，Enter 固定明细，? 帮助，q 退出\n')
    .action(async (data: string, opts: Omit<PreviewOptions, 'data' | 'lang'>) => {
      const language = lang();
      if (language) setExitCode(await previewCommand({ ...opts, data, lang: language }, output));
    });

  program
    .command('check')
    .description('只检查规则文件，不读数据 (check a rule file)')
    .argument('<规则文件>', 'YAML 规则文件')
    .addHelpText('after', exitCodes(0, 1, 3))
    .action((rules: string) => {
      const language = lang();
      if (language) setExitCode(checkCommand(rules, language, output));
    });

  return program;
}

export async function run(argv: string[], output: Output = processOutput): Promise<number> {
  let exitCode: number = ExitCode.ok;
  let commanderErr = '';
  const program = buildProgram(output, (code) => (exitCode = code), (text) => (commanderErr += text));
  let current = program;
  program.hook('preSubcommand', (_program, subcommand) => {
    current = subcommand;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return commanderStopped(e, program, current, commanderErr, output);
    throw e;
  }
  if (commanderErr) output.err(commanderErr);
  return exitCode;
}

/** Commander stopped: help or the version was shown, or the command line is wrong. */
function commanderStopped(e: CommanderError, program: Command, current: Command, commanderErr: string, output: Output): number {
  if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return ExitCode.ok;
  // `rules-engine help` prints help to stdout; only a missing or unknown command sends it to stderr.
  if (e.code === 'commander.help' && !commanderErr) return ExitCode.ok;

  // --lang may not have been read yet, or be wrong: then the environment's language.
  const given = program.opts<{ lang?: string }>().lang;
  const lang = (given !== undefined && parseLang(given)) || languageFromEnvironment();
  const badLang = given !== undefined && !parseLang(given) ? [diagnostic('U702', { value: given })] : [];

  if (e.code === 'commander.help') {
    const [first, second] = program.args;
    if (first === undefined) {
      output.err(`${formatDiagnostics([...badLang, diagnostic('U712', {})], lang)}\n${commanderErr}`);
    } else {
      // `rules-engine help NAME` where NAME is no command.
      const unknown = diagnostic('U710', { command: second ?? first });
      output.err(formatDiagnostics([...badLang, unknown], lang) + usageHints(undefined, program, lang));
    }
    return ExitCode.usage;
  }
  output.err(formatDiagnostics([...badLang, usageDiagnostic(e, current, lang)], lang) + usageHints(e, current, lang));
  return ExitCode.usage;
}
