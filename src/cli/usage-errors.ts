import type { Command, CommanderError } from 'commander';
import { diagnostic, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';

/**
 * Commander reports usage mistakes as English sentences. These turn them
 * into catalogue diagnostics (U706–U711) in the user's language; the facts
 * (option flags, argument names, values) are taken from commander's message
 * and the command that failed. A message that is not recognised becomes
 * U711 with commander's own text, so nothing is lost.
 */
export function usageDiagnostic(error: CommanderError, command: Command, lang: Lang): Diagnostic {
  const text = error.message.replace(/^error: /, '');
  const sentence = text.split('\n')[0]!;
  const quoted = /'([^']*)'/.exec(sentence)?.[1];
  switch (error.code) {
    case 'commander.missingMandatoryOptionValue':
      if (quoted !== undefined) return diagnostic('U706', { option: quoted });
      break;
    case 'commander.missingArgument':
      if (quoted !== undefined) return diagnostic('U707', { argument: `<${quoted}>` });
      break;
    case 'commander.unknownOption':
      if (quoted !== undefined) return diagnostic('U708', { option: quoted });
      break;
    case 'commander.unknownCommand':
      if (quoted !== undefined) return diagnostic('U710', { command: quoted });
      break;
    case 'commander.invalidArgument': {
      const m = /^option '(.+?)' argument '([\s\S]*)' is invalid\.(?: Allowed choices are (.*)\.)?/.exec(text);
      if (!m) break;
      const flags = m[1]!;
      const choices = command.options.find((o) => o.flags === flags)?.argChoices ?? m[3]?.split(', ');
      if (choices) return diagnostic('U709', { option: flags, value: m[2]!, allowed: choices.join(lang === 'zh' ? '、' : ', ') });
      break;
    }
    case 'commander.optionMissingArgument':
      if (quoted !== undefined) return diagnostic('U711', { text: usageText[lang].optionValueMissing(quoted) });
      break;
    case 'commander.excessArguments': {
      const extra = command.args.slice(command.registeredArguments.length);
      if (extra.length > 0) return diagnostic('U711', { text: usageText[lang].excessArguments(extra) });
      break;
    }
  }
  return diagnostic('U711', { text: sentence });
}

/**
 * The short texts the CLI passes to U711, and the hint after a usage error,
 * in each language. (Commander's own "Did you mean" is kept as a hint too.)
 */
export const usageText: Record<
  Lang,
  {
    optionValueMissing(option: string): string;
    excessArguments(extra: readonly string[]): string;
    emptyOut: string;
    seeHelp(command: string): string;
    didYouMean(candidates: string): string;
  }
> = {
  zh: {
    optionValueMissing: (option) => `选项 ${option} 后面缺少值`,
    excessArguments: (extra) => `多余的参数：${extra.map((a) => `“${a}”`).join('、')}`,
    emptyOut: '--out 后面的文件名为空；要输出到屏幕，请省略 --out 或写 -o -',
    seeHelp: (command) => `（用 ${command} --help 查看用法）`,
    didYouMean: (candidates) => `是否应为 ${candidates}？`,
  },
  en: {
    optionValueMissing: (option) => `the option ${option} needs a value`,
    excessArguments: (extra) => `unexpected arguments: ${extra.map((a) => `"${a}"`).join(', ')}`,
    emptyOut: 'the file name after --out is empty; to print to the screen, leave out --out or write -o -',
    seeHelp: (command) => `(run ${command} --help for usage)`,
    didYouMean: (candidates) => `did you mean ${candidates}?`,
  },
};

/**
 * The lines printed after a usage error's diagnostic: commander's "Did you
 * mean --format?", indented like a diagnostic's details, then which --help
 * to read.
 */
export function usageHints(error: CommanderError | undefined, command: Command, lang: Lang): string {
  const lines: string[] = [];
  const suggestion = error && /\(Did you mean (?:one of )?(.+)\?\)/.exec(error.message);
  if (suggestion) lines.push(`    ${usageText[lang].didYouMean(suggestion[1]!)}`);
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  lines.push(usageText[lang].seeHelp(names.join(' ')));
  return `${lines.join('\n')}\n`;
}
