/**
 * The repair phase's API operations (steps 1–4, setbacks and the path), one
 * typed function per operationId. Types come from the shared contract as types
 * only; this module loads with the repair screens, not with the first screen.
 */
import type { z } from 'zod';
import type {
  Agreement,
  AgreementBreak,
  AgreementBreakBody,
  DeclineAgreementBody,
  EditAgreementProposalBody,
  ProposeAgreementBody,
  ProposeAgreementChangeBody,
  ProposeRetirementBody,
} from '../../contract/repair/agreements';
import type {
  Apology,
  EditApologyBody,
  EditImpactStatementBody,
  ImpactStatement,
  RateApologyBody,
  WriteApologyBody,
  WriteImpactStatementBody,
} from '../../contract/repair/apologies';
import type {
  Acknowledgment,
  Breach,
  EditAcknowledgmentBody,
  RateBreachSeverityBody,
  RecordBreachBody,
  RespondToAcknowledgmentBody,
  SeverityRating,
  WriteAcknowledgmentBody,
} from '../../contract/repair/breaches';
import type {
  Conversation,
  LogConversationBody,
  RateConversationBody,
} from '../../contract/repair/conversations';
import type { PathAnswer, TimelineItem } from '../../contract/repair/path';
import type { Prompt } from '../../contract/repair/prompts';
import type { LogSetbackBody, Setback } from '../../contract/repair/setbacks';
import { apiRequest } from './client';

export type {
  Acknowledgment,
  Agreement,
  AgreementBreak,
  Apology,
  Breach,
  Conversation,
  ImpactStatement,
  PathAnswer,
  Prompt,
  Setback,
  TimelineItem,
};
export type AgreementVersion = Agreement['versions'][number];
export type PathStep = PathAnswer['steps'][number];
export type Suggestion = PathAnswer['suggestions'][number];
export type Severity = z.output<typeof SeverityRating>['severity'];
export type ConversationRating = NonNullable<Conversation['myRating']>;

const id = (value: string) => encodeURIComponent(value);

// Breaches and acknowledgments

export const recordBreach = (body: z.input<typeof RecordBreachBody>) =>
  apiRequest<{ breach: Breach }>('POST', '/breaches', body);

export const listBreaches = () => apiRequest<{ items: Breach[] }>('GET', '/breaches');

export const getBreach = (breachId: string) =>
  apiRequest<{ breach: Breach }>('GET', `/breaches/${id(breachId)}`);

export const rateBreachSeverity = (
  breachId: string,
  body: z.input<typeof RateBreachSeverityBody>,
) =>
  apiRequest<{ severity: z.output<typeof SeverityRating> }>(
    'PUT',
    `/breaches/${id(breachId)}/my-severity`,
    body,
  );

export const writeAcknowledgment = (
  breachId: string,
  body: z.input<typeof WriteAcknowledgmentBody>,
) =>
  apiRequest<{ acknowledgment: Acknowledgment }>(
    'POST',
    `/breaches/${id(breachId)}/acknowledgments`,
    body,
  );

export const listAcknowledgments = (breachId: string) =>
  apiRequest<{ items: Acknowledgment[] }>('GET', `/breaches/${id(breachId)}/acknowledgments`);

export const editAcknowledgment = (
  acknowledgmentId: string,
  body: z.input<typeof EditAcknowledgmentBody>,
) =>
  apiRequest<{ acknowledgment: Acknowledgment }>(
    'PATCH',
    `/acknowledgments/${id(acknowledgmentId)}`,
    body,
  );

export const respondToAcknowledgment = (
  acknowledgmentId: string,
  body: z.input<typeof RespondToAcknowledgmentBody>,
) =>
  apiRequest<{ acknowledgment: Acknowledgment }>(
    'POST',
    `/acknowledgments/${id(acknowledgmentId)}/response`,
    body,
  );

// Impact statements and apologies

export const writeImpactStatement = (
  breachId: string,
  body: z.input<typeof WriteImpactStatementBody>,
) =>
  apiRequest<{ impactStatement: ImpactStatement }>(
    'POST',
    `/breaches/${id(breachId)}/impact-statements`,
    body,
  );

export const listImpactStatements = (breachId: string) =>
  apiRequest<{ items: ImpactStatement[] }>('GET', `/breaches/${id(breachId)}/impact-statements`);

export const editImpactStatement = (
  impactStatementId: string,
  body: z.input<typeof EditImpactStatementBody>,
) =>
  apiRequest<{ impactStatement: ImpactStatement }>(
    'PATCH',
    `/impact-statements/${id(impactStatementId)}`,
    body,
  );

export const writeApology = (breachId: string, body: z.input<typeof WriteApologyBody>) =>
  apiRequest<{ apology: Apology }>('POST', `/breaches/${id(breachId)}/apologies`, body);

export const listApologies = (breachId: string) =>
  apiRequest<{ items: Apology[] }>('GET', `/breaches/${id(breachId)}/apologies`);

export const editApology = (apologyId: string, body: z.input<typeof EditApologyBody>) =>
  apiRequest<{ apology: Apology }>('PATCH', `/apologies/${id(apologyId)}`, body);

export const rateApology = (apologyId: string, body: z.input<typeof RateApologyBody>) =>
  apiRequest<{ apology: Apology }>('POST', `/apologies/${id(apologyId)}/rating`, body);

// Conversations and prompts

export const logConversation = (body: z.input<typeof LogConversationBody>) =>
  apiRequest<{ conversation: Conversation }>('POST', '/conversations', body);

export const listConversations = () =>
  apiRequest<{ items: Conversation[] }>('GET', '/conversations');

export const getConversation = (conversationId: string) =>
  apiRequest<{ conversation: Conversation }>('GET', `/conversations/${id(conversationId)}`);

export const rateConversation = (
  conversationId: string,
  body: z.input<typeof RateConversationBody>,
) =>
  apiRequest<{ conversation: Conversation }>(
    'PUT',
    `/conversations/${id(conversationId)}/my-rating`,
    body,
  );

export const listPrompts = () => apiRequest<{ items: Prompt[] }>('GET', '/prompts');

export const pickPrompt = (promptId: string) =>
  apiRequest<{ prompt: Prompt }>('POST', `/prompts/${id(promptId)}/picks`);

// Agreements

export const proposeAgreement = (body: z.input<typeof ProposeAgreementBody>) =>
  apiRequest<{ agreement: Agreement }>('POST', '/agreements', body);

export const listAgreements = () => apiRequest<{ items: Agreement[] }>('GET', '/agreements');

export const getAgreement = (agreementId: string) =>
  apiRequest<{ agreement: Agreement }>('GET', `/agreements/${id(agreementId)}`);

export const proposeAgreementChange = (
  agreementId: string,
  body: z.input<typeof ProposeAgreementChangeBody>,
) => apiRequest<{ agreement: Agreement }>('POST', `/agreements/${id(agreementId)}/versions`, body);

export const proposeAgreementRetirement = (
  agreementId: string,
  body: z.input<typeof ProposeRetirementBody>,
) =>
  apiRequest<{ agreement: Agreement }>('POST', `/agreements/${id(agreementId)}/retirement`, body);

export const editAgreementProposal = (
  versionId: string,
  body: z.input<typeof EditAgreementProposalBody>,
) => apiRequest<{ agreement: Agreement }>('PATCH', `/agreement-versions/${id(versionId)}`, body);

export const acceptAgreementVersion = (versionId: string) =>
  apiRequest<{ agreement: Agreement }>('POST', `/agreement-versions/${id(versionId)}/acceptance`);

export const declineAgreementVersion = (
  versionId: string,
  body: z.input<typeof DeclineAgreementBody>,
) =>
  apiRequest<{ agreement: Agreement }>(
    'POST',
    `/agreement-versions/${id(versionId)}/decline`,
    body,
  );

export const discloseAgreementBreak = (
  agreementId: string,
  body: z.input<typeof AgreementBreakBody>,
) =>
  apiRequest<{ break: AgreementBreak }>('POST', `/agreements/${id(agreementId)}/disclosures`, body);

export const reportAgreementBreak = (
  agreementId: string,
  body: z.input<typeof AgreementBreakBody>,
) => apiRequest<{ break: AgreementBreak }>('POST', `/agreements/${id(agreementId)}/reports`, body);

// Setbacks

export const logSetback = (body: z.input<typeof LogSetbackBody>) =>
  apiRequest<{ setback: Setback }>('POST', '/setbacks', body);

export const listSetbacks = () => apiRequest<{ items: Setback[] }>('GET', '/setbacks');

// The path

export const getPath = () => apiRequest<PathAnswer>('GET', '/path');

export const getTimeline = () => apiRequest<{ items: TimelineItem[] }>('GET', '/timeline');
