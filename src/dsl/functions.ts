import type { ValueType } from './types.js';

/**
 * The built-in functions, as the checker sees them: parameters, their
 * kinds and the result kind. The engine implements each under the same id.
 */
export type ParameterKind =
  | { readonly kind: 'value'; readonly types: readonly ValueType[] | 'any' }
  | { readonly kind: 'choice'; readonly choices: Readonly<Record<string, string>> };

export interface Parameter {
  readonly name: string;
  readonly kind: ParameterKind;
  readonly required: boolean;
  /** May be given without its name, in this position. */
  readonly positional: boolean;
  /** Default for a choice parameter (one of its choice ids). */
  readonly defaultChoice?: string;
}

export type ResultType = ValueType | { readonly sameAs: string };

export interface FunctionSignature {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly Parameter[];
  readonly result: ResultType;
  /** Computed over the ranked units, not from one row alone. */
  readonly population: boolean;
  /** Exactly one of these parameters must be given. */
  readonly exactlyOneOf?: readonly [string, string];
}

const numeric: ParameterKind = { kind: 'value', types: ['count', 'rate', 'number'] };
const anyValue: ParameterKind = { kind: 'value', types: 'any' };
const condition: ParameterKind = { kind: 'value', types: ['boolean'] };

const partialStep: ParameterKind = {
  kind: 'choice',
  choices: { 按一步: 'whole', 按一步计: 'whole', 舍去: 'drop', 按比例: 'prorate' },
};
/** Rounding modes as policy documents name them; the rule file's 舍入 uses these too. */
export const roundingModeNames = {
  四舍五入: 'half-up',
  四舍六入五成双: 'half-even',
  银行家舍入: 'half-even',
  进一: 'up',
  进一法: 'up',
  去尾: 'down',
  去尾法: 'down',
} as const;

const roundingMode: ParameterKind = { kind: 'choice', choices: roundingModeNames };
const order: ParameterKind = {
  kind: 'choice',
  choices: { 从高到低: 'descending', 从低到高: 'ascending' },
};
const scope: ParameterKind = {
  kind: 'choice',
  choices: { 全部: 'all', 本组: 'group' },
};

function param(
  name: string,
  kind: ParameterKind,
  options: { required?: boolean; positional?: boolean; defaultChoice?: string } = {},
): Parameter {
  return {
    name,
    kind,
    required: options.required ?? false,
    positional: options.positional ?? false,
    ...(options.defaultChoice ? { defaultChoice: options.defaultChoice } : {}),
  };
}

const populationParameters = [
  param('条件', condition),
  param('范围', scope, { defaultChoice: 'all' }),
];

const rankParameters = [
  param('值', numeric, { required: true, positional: true }),
  param('顺序', order, { positional: true, defaultChoice: 'descending' }),
  ...populationParameters,
];

const aggregateParameters = [
  param('值', numeric, { required: true, positional: true }),
  ...populationParameters,
];

export const functionSignatures: readonly FunctionSignature[] = [
  {
    id: 'step-deduction',
    name: '阶梯扣分',
    parameters: [
      param('数量', numeric, { required: true, positional: true }),
      param('超过', numeric),
      param('低于', numeric),
      param('每', numeric, { required: true }),
      param('扣', numeric, { required: true }),
      param('不足一步', partialStep, { defaultChoice: 'whole' }),
    ],
    result: 'number',
    population: false,
    exactlyOneOf: ['超过', '低于'],
  },
  {
    id: 'if-missing',
    name: '若缺失',
    parameters: [
      param('值', anyValue, { required: true, positional: true }),
      param('取', anyValue, { required: true, positional: true }),
    ],
    result: { sameAs: '值' },
    population: false,
  },
  {
    id: 'is-missing',
    name: '缺失',
    parameters: [param('值', anyValue, { required: true, positional: true })],
    result: 'boolean',
    population: false,
  },
  {
    id: 'at-most',
    name: '至多',
    parameters: [
      param('值', numeric, { required: true, positional: true }),
      param('上限', numeric, { required: true, positional: true }),
    ],
    result: { sameAs: '值' },
    population: false,
  },
  {
    id: 'at-least',
    name: '至少',
    parameters: [
      param('值', numeric, { required: true, positional: true }),
      param('下限', numeric, { required: true, positional: true }),
    ],
    result: { sameAs: '值' },
    population: false,
  },
  {
    id: 'round',
    name: '舍入',
    parameters: [
      param('值', numeric, { required: true, positional: true }),
      param('位数', { kind: 'value', types: ['count', 'number'] }, { required: true, positional: true }),
      param('方式', roundingMode, { positional: true, defaultChoice: 'half-up' }),
    ],
    result: { sameAs: '值' },
    population: false,
  },
  { id: 'rank', name: '排名', parameters: rankParameters, result: 'count', population: true },
  { id: 'dense-rank', name: '密集排名', parameters: rankParameters, result: 'count', population: true },
  { id: 'sum', name: '合计', parameters: aggregateParameters, result: { sameAs: '值' }, population: true },
  { id: 'min', name: '最小值', parameters: aggregateParameters, result: { sameAs: '值' }, population: true },
  { id: 'max', name: '最大值', parameters: aggregateParameters, result: { sameAs: '值' }, population: true },
  { id: 'mean', name: '平均值', parameters: aggregateParameters, result: { sameAs: '值' }, population: true },
  { id: 'count', name: '单位数', parameters: populationParameters, result: 'count', population: true },
];

export const functionsByName: ReadonlyMap<string, FunctionSignature> = new Map(
  functionSignatures.map((f) => [f.name, f]),
);
