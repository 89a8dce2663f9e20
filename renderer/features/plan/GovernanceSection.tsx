import { Plus } from 'lucide-react';
import { focusAfterUpdate } from '../../focusAfterUpdate';
import { usualMeetings } from '../../../shared/domain/planSuggestions';
import { frequencyLabels, meetingFrequencies, type MeetingFrequency } from '../../../shared/model/planLabels';
import { AmountInput } from '../../components/AmountInput';
import { RowActions } from '../../components/RowActions';
import { useAppStore } from '../../store';
import type { PlanActions } from './planActions';

/** Tip 5: someone of ours manages the relationship, on a rhythm, with feedback going both ways and a way up. */
export function GovernanceSection({ actions, readOnly }: { actions: PlanActions; readOnly: boolean }) {
  const governance = useAppStore((s) => s.current?.project.plan.governance);
  if (!governance) return null;
  const { relationshipManager: manager, meetings, escalationPath } = governance;
  const missingUsual = usualMeetings.filter((usual) => !meetings.some((m) => m.frequency === usual.frequency));

  return (
    <section className="card plan-section" aria-labelledby="governance-title">
      <header className="plan-section__header">
        <h2 id="governance-title">Governance</h2>
        <p className="muted">
          Who manages the provider for you, how often you meet, and how problems go up and get fixed.
        </p>
      </header>
      <fieldset className="plan-card plan-card--plain manager" disabled={readOnly}>
        <legend className="field__label">Relationship manager</legend>
        <label className="plan-field">
          <span className="field__label">Name</span>
          <input
            className="input"
            value={manager.name}
            maxLength={200}
            dir="auto"
            onChange={(e) => actions.updateManager({ name: e.target.value })}
          />
        </label>
        <label className="plan-field">
          <span className="field__label">Role</span>
          <input
            className="input"
            value={manager.role}
            maxLength={200}
            dir="auto"
            onChange={(e) => actions.updateManager({ role: e.target.value })}
          />
        </label>
        <div className="plan-field">
          <label className="field__label" htmlFor="manager-share">
            Share of their time
          </label>
          <AmountInput
            id="manager-share"
            value={manager.timeShare === null ? null : Math.round(manager.timeShare * 1000) / 10}
            allowEmpty
            min={0}
            max={100}
            suffix="%"
            disabled={readOnly}
            onChange={(value) => actions.updateManager({ timeShare: value === null ? null : value / 100 })}
          />
        </div>
      </fieldset>

      <div className="plan-subsection">
        <h3>Meetings</h3>
        <ul className="plan-list">
          {meetings.map((meeting, index) => (
            <li key={meeting.id} className="plan-card" data-record-id={meeting.id}>
              <div className="plan-card__fields meeting__fields">
                <label className="plan-field">
                  <span className="field__label">Meeting</span>
                  <input
                    className="input"
                    value={meeting.name}
                    maxLength={200}
                    dir="auto"
                    disabled={readOnly}
                    onChange={(e) =>
                      e.target.value.trim() && actions.updateMeeting(meeting.id, { name: e.target.value })
                    }
                  />
                </label>
                <label className="plan-field">
                  <span className="field__label">How often</span>
                  <select
                    className="input"
                    value={meeting.frequency}
                    disabled={readOnly}
                    onChange={(e) =>
                      actions.updateMeeting(meeting.id, { frequency: e.target.value as MeetingFrequency })
                    }
                  >
                    {meetingFrequencies.map((frequency) => (
                      <option key={frequency} value={frequency}>
                        {frequencyLabels[frequency]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="plan-field">
                  <span className="field__label">Who attends</span>
                  <input
                    className="input"
                    value={meeting.attendees}
                    maxLength={500}
                    dir="auto"
                    disabled={readOnly}
                    onChange={(e) => actions.updateMeeting(meeting.id, { attendees: e.target.value })}
                  />
                </label>
                <label className="plan-field plan-field--wide">
                  <span className="field__label">Purpose</span>
                  <input
                    className="input"
                    value={meeting.purpose}
                    maxLength={1000}
                    dir="auto"
                    disabled={readOnly}
                    onChange={(e) => actions.updateMeeting(meeting.id, { purpose: e.target.value })}
                  />
                </label>
              </div>
              <RowActions
                name={meeting.name}
                index={index}
                count={meetings.length}
                disabled={readOnly}
                onRemove={() => actions.removeMeeting(meeting.id)}
              />
            </li>
          ))}
        </ul>
        {!readOnly && missingUsual.length > 0 && (
          <button type="button" className="button button--small" onClick={() => actions.addMeetings(missingUsual)}>
            <Plus size={14} aria-hidden />
            {meetings.length === 0
              ? 'Add the usual rhythm: weekly operations, monthly service review, quarterly business review'
              : `Add ${missingUsual.map((m) => m.name.toLowerCase()).join(' and ')}`}
          </button>
        )}
        {!readOnly && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() =>
              actions.addMeetings([{ name: 'New meeting', frequency: 'monthly', attendees: '', purpose: '' }])
            }
          >
            <Plus size={14} aria-hidden /> Add a meeting
          </button>
        )}
      </div>

      <div className="plan-subsection plan-subsection--two">
        <label className="plan-field">
          <span className="field__label">Feedback loop</span>
          <textarea
            className="input plan-field__text"
            rows={3}
            maxLength={2000}
            dir="auto"
            placeholder="How feedback is gathered and shared both ways, e.g. monthly survey of our staff and theirs"
            value={governance.feedbackLoop}
            disabled={readOnly}
            onChange={(e) => actions.updateGovernance({ feedbackLoop: e.target.value })}
          />
        </label>
        <label className="plan-field">
          <span className="field__label">Change requests</span>
          <textarea
            className="input plan-field__text"
            rows={3}
            maxLength={2000}
            dir="auto"
            placeholder="Who may ask for a change, how it is priced and approved, how fast it happens"
            value={governance.changeProcess}
            disabled={readOnly}
            onChange={(e) => actions.updateGovernance({ changeProcess: e.target.value })}
          />
        </label>
      </div>

      <div className="plan-subsection">
        <h3 id="escalation-title">Escalation path</h3>
        <ol className="escalation" aria-labelledby="escalation-title">
          {escalationPath.map((step, index) => (
            <li key={index} className="escalation__step">
              <input
                className="input"
                aria-label={`Escalation step ${index + 1}`}
                value={step}
                maxLength={300}
                dir="auto"
                disabled={readOnly}
                onChange={(e) =>
                  actions.setEscalationPath(
                    escalationPath.map((s, i) => (i === index ? e.target.value : s)),
                    `escalation:${index}`,
                  )
                }
              />
              <RowActions
                name={`escalation step ${index + 1}`}
                index={index}
                count={escalationPath.length}
                disabled={readOnly}
                onMove={(direction) => {
                  const next = [...escalationPath];
                  const [moved] = next.splice(index, 1);
                  next.splice(index + direction, 0, moved ?? '');
                  actions.setEscalationPath(next);
                }}
                onRemove={() => actions.setEscalationPath(escalationPath.filter((_, i) => i !== index))}
              />
            </li>
          ))}
        </ol>
        {!readOnly && escalationPath.length < 20 && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => {
              focusAfterUpdate(
                () => actions.setEscalationPath([...escalationPath, '']),
                () => document.querySelector<HTMLInputElement>('.escalation__step:last-child input'),
              );
            }}
          >
            <Plus size={14} aria-hidden /> Add a step
          </button>
        )}
      </div>
    </section>
  );
}
