/**
 * 一窗受理 (issue 13, screen 2): register a resident's request — channel, type, region within the
 * jurisdiction, parties with their numbers checked as typed, amount — with possible duplicates shown
 * before saving; after saving, the unified code and the printable 受理告知单 (pages/IntakeNotice).
 */
import { useState } from 'react';
import IntakeDone from './IntakeDone';
import IntakeForm, { type SavedCase } from './IntakeForm';

export default function IntakePage() {
  const [saved, setSaved] = useState<SavedCase | null>(null);
  // A new form (fresh values, a fresh idempotency key) for every intake.
  const [form, setForm] = useState(0);
  if (saved) return <IntakeDone saved={saved} onNext={() => { setSaved(null); setForm((n) => n + 1); }} />;
  return <IntakeForm key={form} onSaved={setSaved} />;
}
