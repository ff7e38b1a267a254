import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Checked, CheckedCall } from './checked.js';

/*
 * Checks on a call's arguments that go beyond kinds: values the policy can
 * never mean (a step of 0%, rounding to 1.5 digits), and 阶梯扣分 bounds
 * written in another kind than the quantity they bound (超过=5 on a rate,
 * which would silently mean 500%).
 */
export function checkCallArguments(call: Pick<CheckedCall, 'fn' | 'args'>, diagnostics: Diagnostic[]): boolean {
  const before = diagnostics.length;
  if (call.fn.id === 'step-deduction') checkStepDeduction(call.args, diagnostics);
  if (call.fn.id === 'round') {
    const digits = constantValue(call.args.位数!);
    if (digits !== undefined && (!/^\d+$/.test(digits))) {
      diagnostics.push(diagnostic('E321', { value: digits }, { span: call.args.位数!.span }));
    }
  }
  return diagnostics.length === before;
}

function checkStepDeduction(args: Record<string, Checked>, diagnostics: Diagnostic[]): void {
  const quantity = args.数量!;
  for (const name of ['超过', '低于', '每']) {
    const arg = args[name];
    if (!arg) continue;
    const mismatch = (quantity.type === 'rate') !== (arg.type === 'rate');
    if (mismatch) {
      diagnostics.push(
        diagnostic(
          'E303',
          { subject: { kind: 'parameter', name }, expected: [quantity.type === 'rate' ? 'rate' : 'number'], found: arg.type },
          { span: arg.span },
        ),
      );
    }
  }
  const step = constantValue(args.每!);
  if (step !== undefined && !(Number(step.replace('%', '')) > 0)) {
    diagnostics.push(diagnostic('E319', { parameter: '每', value: step }, { span: args.每!.span }));
  }
}

/** The written value of a literal (with its sign and %), or undefined. */
export function constantValue(expr: Checked): string | undefined {
  if (expr.kind === 'number') return expr.text;
  if (expr.kind === 'percent') return `${expr.text}%`;
  if (expr.kind === 'negate') {
    const inner = constantValue(expr.operand);
    return inner === undefined ? undefined : `-${inner}`;
  }
  return undefined;
}
