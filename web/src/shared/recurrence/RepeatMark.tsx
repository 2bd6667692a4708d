// The mark of something that repeats, in a list: an icon for the eye, its rule in words for everyone else.
import { describeRule } from './rrule';

export function RepeatMark({ rule, start }: { rule?: string | null; start?: string }) {
  const words = rule ? describeRule(rule, start) : null;
  const label = words ? `Repeats ${words.charAt(0).toLowerCase()}${words.slice(1)}` : 'Repeats';
  return (
    <span className="repeat-mark" role="img" aria-label={label} title={label} data-testid="repeat-mark">
      ↻
    </span>
  );
}
