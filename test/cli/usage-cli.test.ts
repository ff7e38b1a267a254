import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { CommanderError, Command } from 'commander';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { usageDiagnostic } from '../../src/cli/usage-errors.js';
import { cli, cliIn, cliWith, data, noStackTrace, rules } from './run-cli.js';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** Commander's own English must not reach a Chinese user. */
function noCommanderEnglish(text: string) {
  expect(text).not.toMatch(/error: |Did you mean|too many arguments|not specified/);
}

describe('usage errors in the catalogue, exit 3', () => {
  it('a missing required option is U706', () => {
    const zh = cli('evaluate', data);
    expect(zh.code).toBe(3);
    expect(zh.stderr).toBe('错误 U706：缺少必需的选项 -r, --rules <规则文件>\n（用 rules-engine evaluate --help 查看用法）\n');
    expect(zh.stdout).toBe('');

    const en = cli('--lang', 'en', 'evaluate', data);
    expect(en.code).toBe(3);
    expect(en.stderr).toBe('error U706: the option -r, --rules <规则文件> is required\n(run rules-engine evaluate --help for usage)\n');
  });

  it('a missing argument is U707', () => {
    const { code, stderr } = cli('evaluate', '--rules', rules);
    expect(code).toBe(3);
    expect(stderr).toBe('错误 U707：缺少参数 <数据文件>\n（用 rules-engine evaluate --help 查看用法）\n');
    expect(cli('check').stderr).toBe('错误 U707：缺少参数 <规则文件>\n（用 rules-engine check --help 查看用法）\n');
  });

  it("an unknown option is U708, with commander's suggestion as a hint", () => {
    const zh = cli('evaluate', '--rules', rules, data, '--fromat', 'csv');
    expect(zh.code).toBe(3);
    expect(zh.stderr).toBe('错误 U708：没有选项 --fromat\n    是否应为 --format？\n（用 rules-engine evaluate --help 查看用法）\n');

    const en = cli('--lang', 'en', 'evaluate', '--rules', rules, data, '--fromat', 'csv');
    expect(en.code).toBe(3);
    expect(en.stderr).toBe('error U708: there is no option --fromat\n    did you mean --format?\n(run rules-engine evaluate --help for usage)\n');

    const top = cli('--quiet');
    expect(top.code).toBe(3);
    expect(top.stderr).toBe('错误 U708：没有选项 --quiet\n（用 rules-engine --help 查看用法）\n');
  });

  it('a value outside the choices is U709', () => {
    const zh = cli('evaluate', '--rules', rules, data, '--format', 'xml');
    expect(zh.code).toBe(3);
    expect(zh.stderr).toBe(
      '错误 U709：选项 -f, --format <格式> 不能取“xml”\n    可取：table、csv、json\n（用 rules-engine evaluate --help 查看用法）\n',
    );
    const en = cli('--lang', 'en', 'evaluate', '--rules', rules, data, '--encoding', 'big5');
    expect(en.code).toBe(3);
    expect(en.stderr).toBe(
      'error U709: the option --encoding <编码> cannot be "big5"\n    allowed: utf8, gbk, gb18030\n(run rules-engine evaluate --help for usage)\n',
    );
  });

  it('an unknown command is U710, also after help', () => {
    const typo = cli('evalute', '--rules', rules, data);
    expect(typo.code).toBe(3);
    expect(typo.stderr).toBe('错误 U710：没有命令“evalute”\n    可用命令：evaluate、check、explain、report、preview\n    是否应为 evaluate？\n（用 rules-engine --help 查看用法）\n');

    const help = cli('--lang', 'en', 'help', 'rank');
    expect(help.code).toBe(3);
    expect(help.stderr).toBe('error U710: there is no command "rank"\n    commands: evaluate, check, explain, report, preview\n(run rules-engine --help for usage)\n');
  });

  it('too many arguments and an option without its value are U711 in the chosen language', () => {
    const extra = cli('evaluate', '--rules', rules, data, 'b.csv');
    expect(extra.code).toBe(3);
    expect(extra.stderr).toBe('错误 U711：命令用法有误：多余的参数：“b.csv”\n（用 rules-engine evaluate --help 查看用法）\n');

    const en = cli('--lang', 'en', 'check', rules, 'b.yaml', 'c.yaml');
    expect(en.code).toBe(3);
    expect(en.stderr).toBe('error U711: usage error: unexpected arguments: "b.yaml", "c.yaml"\n(run rules-engine check --help for usage)\n');

    const noValue = cli('evaluate', data, '--rules');
    expect(noValue.code).toBe(3);
    expect(noValue.stderr).toBe('错误 U711：命令用法有误：选项 -r, --rules <规则文件> 后面缺少值\n（用 rules-engine evaluate --help 查看用法）\n');
  });

  it("carries commander's text in U711 for an error it does not recognise", () => {
    const error = new CommanderError(1, 'commander.conflictingOption', "error: option '--a' cannot be used with option '--b'");
    const d = usageDiagnostic(error, new Command('x'), 'en');
    expect(d).toEqual({ code: 'U711', severity: 'error', args: { text: "option '--a' cannot be used with option '--b'" } });
  });

  it('uses the language of the environment until --lang is read, and --lang once it is', () => {
    const env = cliWith({ LANG: 'en_US.UTF-8' }, 'evaluate', data);
    expect(env.code).toBe(3);
    expect(env.stderr).toBe('error U706: the option -r, --rules <规则文件> is required\n(run rules-engine evaluate --help for usage)\n');

    const missingLang = cliWith({ LANG: 'en_US.UTF-8' }, '--lang');
    expect(missingLang.code).toBe(3);
    expect(missingLang.stderr).toBe('error U711: usage error: the option --lang <zh|en> needs a value\n(run rules-engine --help for usage)\n');

    const overrides = cliWith({ LANG: 'en_US.UTF-8' }, '--lang', 'zh', 'evaluate', data);
    expect(overrides.stderr).toBe('错误 U706：缺少必需的选项 -r, --rules <规则文件>\n（用 rules-engine evaluate --help 查看用法）\n');

    const badLang = cli('--lang', 'fr', 'evaluate', data);
    expect(badLang.code).toBe(3);
    expect(badLang.stderr).toBe(
      '错误 U702：--lang 只能是 zh 或 en，不能是“fr”\n\n错误 U706：缺少必需的选项 -r, --rules <规则文件>\n（用 rules-engine evaluate --help 查看用法）\n',
    );
  });

  it('never prints a stack trace or commander English for a usage error', () => {
    for (const args of [['evaluate'], ['evaluate', data], ['--x'], ['evaluate', '-f', 'x'], ['nope'], ['check', 'a', 'b'], ['--lang']]) {
      const { code, stderr } = cli(...args);
      expect(code).toBe(3);
      noStackTrace(stderr);
      noCommanderEnglish(stderr);
    }
  });
});

describe('no command, --help and --version', () => {
  it('without a command prints U712 and the help to stderr, exit 3', () => {
    const { code, stdout, stderr } = cli();
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr.startsWith('错误 U712：请给出命令，如 rules-engine evaluate --rules 规则文件 数据文件\n\nUsage: rules-engine [options] [command]\n')).toBe(true);
    expect(stderr).toContain('  evaluate [options] <数据文件>');
    expect(stderr).toContain('退出码 (exit codes)：');

    const en = cli('--lang', 'en');
    expect(en.code).toBe(3);
    expect(en.stderr.startsWith('error U712: give a command, such as rules-engine evaluate --rules RULES DATA\n\nUsage: ')).toBe(true);
  });

  it('--help, -h and help print to stdout with exit 0', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const { code, stdout, stderr } = cli(...args);
      expect(code).toBe(0);
      expect(stdout.startsWith('Usage: rules-engine [options] [command]\n')).toBe(true);
      expect(stderr).toBe('');
    }
  });

  it('evaluate --help shows every option and the exit codes', () => {
    for (const args of [['evaluate', '--help'], ['help', 'evaluate']]) {
      const { code, stdout } = cli(...args);
      expect(code).toBe(0);
      for (const option of ['-r, --rules <规则文件>', '-f, --format <格式>', '-o, --out <文件>', '-g, --group <分组>', '--encoding <编码>', '--sheet <工作表>', '-h, --help']) {
        expect(stdout).toContain(`\n  ${option}  `);
      }
      expect(stdout).toContain('退出码 (exit codes)：\n  0  成功\n  1  规则文件有误\n  2  数据文件有误\n  3  命令用法有误\n');
    }
  });

  it('--version and -V print the version in package.json, from any folder, exit 0', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-V']) {
      const { code, stdout, stderr } = cliIn(tmpdir(), { LANG: 'zh_CN.UTF-8' }, flag);
      expect(code).toBe(0);
      expect(stdout).toBe(`${version}\n`);
      expect(stderr).toBe('');
    }
  });

  it('returns every exit code from run() instead of exiting the process', async () => {
    const calls: [string[], number][] = [
      [[], 3],
      [['--help'], 0],
      [['--version'], 0],
      [['evaluate'], 3],
      [['nope'], 3],
      [['evaluate', '--rules', rules, data, '--out', ''], 3],
      [['evaluate', '--rules', rules, data, '--out', data], 3],
    ];
    for (const [args, expected] of calls) {
      let printed = '';
      const sink = (text: string) => (printed += text);
      expect(await run(['--lang', 'zh', ...args], { out: sink, err: sink })).toBe(expected);
      expect(printed).not.toBe('');
    }
  });
});

describe('help columns in terminal cells', () => {
  /** The display column at which each item's description starts, and where its continuation lines start. */
  function descriptionColumns(help: string): number[] {
    const columns: number[] = [];
    for (const line of help.split('\n')) {
      const item = /^( {2}\S(?:.*?\S)? {2,})\S/.exec(line);
      if (item) columns.push(stringWidth(item[1]!));
      else if (/^ {4,}\S/.test(line)) columns.push(line.length - line.trimStart().length);
    }
    return columns;
  }

  it('lines up the descriptions of evaluate --help, whose options name Chinese values', () => {
    const { stdout } = cli('evaluate', '--help');
    const section = stdout.slice(stdout.indexOf('Arguments:'), stdout.indexOf('示例：'));
    const columns = descriptionColumns(section);
    expect(columns.length).toBeGreaterThanOrEqual(9);
    // "  -r, --rules <规则文件>" is 24 cells wide, the widest term, plus two spaces.
    expect(new Set(columns)).toEqual(new Set([26]));
  });

  it('lines up the commands and options of the top-level help', () => {
    const { stdout } = cli('--help');
    const section = stdout.slice(stdout.indexOf('Options:'), stdout.indexOf('退出码'));
    const columns = descriptionColumns(section);
    expect(columns.length).toBeGreaterThanOrEqual(6);
    expect(new Set(columns).size).toBe(1);
    expect(stdout).toContain('  evaluate [options] <数据文件>  计分并排名 (score and rank)\n');
    expect(stdout).toContain('  check <规则文件>               只检查规则文件，不读数据 (check a rule file)\n');
  });
});
