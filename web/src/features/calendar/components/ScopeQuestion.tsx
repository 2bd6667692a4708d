// The question a change of a recurring event asks first: this occurrence, this and the following ones, or all.
import { Dialog } from '../../../shared/Dialog';
import type { Scope } from '../api/calendar';

const CHOICES: [Scope, string][] = [
  ['this', 'This event'],
  ['following', 'This and following events'],
  ['all', 'All events'],
];

export function ScopeQuestion({
  verb,
  onChoose,
  onCancel,
}: {
  verb: string;
  onChoose: (scope: Scope) => void;
  onCancel: () => void;
}) {
  return (
    <div className="scope-question" role="group" aria-labelledby="scope-question-title">
      <p id="scope-question-title">This is a repeating event. {verb} which events?</p>
      <div className="scope-choices">
        {CHOICES.map(([scope, label]) => (
          <button key={scope} type="button" onClick={() => onChoose(scope)} autoFocus={scope === 'this'}>
            {label}
          </button>
        ))}
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function ScopeDialog(props: { verb: string; onChoose: (scope: Scope) => void; onCancel: () => void }) {
  return (
    <Dialog title={`${props.verb} a repeating event`} onClose={props.onCancel}>
      <ScopeQuestion {...props} />
    </Dialog>
  );
}

/** A yes-or-no question in a dialog (moving a repeating task moves its series). */
export function Confirm({
  title,
  text,
  yes,
  onYes,
  onCancel,
}: {
  title: string;
  text: string;
  yes: string;
  onYes: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <p>{text}</p>
      <div className="form-actions">
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onYes} autoFocus>
          {yes}
        </button>
      </div>
    </Dialog>
  );
}
