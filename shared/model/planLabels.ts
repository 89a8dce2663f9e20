/** Constants of the partnership plan with their words; zod-free so screens and the briefing import them cheaply. */

export const reportingCadences = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type ReportingCadence = (typeof reportingCadences)[number];

export const meetingFrequencies = ['weekly', 'fortnightly', 'monthly', 'quarterly', 'yearly'] as const;
export type MeetingFrequency = (typeof meetingFrequencies)[number];

export const frequencyLabels: Record<MeetingFrequency, string> = {
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  yearly: 'Yearly',
};

export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const riskLevelLabels: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };
