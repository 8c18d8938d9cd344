// A metric's value or change as the page writes it, with the whole number on hover where the
// text is compact (values Studio rounded: "≈ 128.4K", title "≈ 128,400").
import { fmt, fmtChange, fmtExact } from '@/utils/metrics/format';

interface Props {
  metric: string;
  value: number | undefined;
  rounded?: boolean;
  /** Signed: "+204", "≈ −3.5K". */
  change?: boolean;
  class?: string;
  testId?: string;
}

export function Amount({ metric, value, rounded = false, change = false, class: className, testId }: Props) {
  const text = change ? fmtChange(metric, value, rounded) : fmt(metric, value, rounded);
  const exact = rounded && value !== undefined ? (change && value > 0 ? '+' : '') + fmtExact(metric, value, false) : undefined;
  return <span class={className} title={exact && `≈ ${exact}`} data-testid={testId}>{text}</span>;
}
