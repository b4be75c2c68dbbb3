import { beforeEach, describe } from 'vitest';
import { resetBackend } from '@/contract/endpoints/testing';
import { call } from './call';
import type { ContractTarget } from './contract-target';
import { agentContactScenarios } from './scenarios/agent-contacts';
import { agentStateScenarios } from './scenarios/agent-state';
import { auditScenarios } from './scenarios/audit';
import { contactScenarios } from './scenarios/contacts';
import { conversationAttachmentScenarios } from './scenarios/conversation-attachments';
import { conversationQueueScenarios } from './scenarios/conversation-queue';
import { conversationResumeScenarios } from './scenarios/conversation-resume';
import { conversationRoutingScenarios } from './scenarios/conversation-routing';
import { conversationSettingsScenarios } from './scenarios/conversation-settings';
import { conversationScenarios } from './scenarios/conversations';
import { customerScenarios } from './scenarios/customers';
import { faultScenarios } from './scenarios/faults';
import { inboundScenarios } from './scenarios/inbound';
import { realtimeScenarios } from './scenarios/realtime';
import { requestHygieneScenarios } from './scenarios/request-hygiene';
import { roleMatrixScenarios } from './scenarios/role-matrix';
import { sessionScenarios } from './scenarios/session';
import { softphoneScenarios } from './scenarios/softphone';
import { supervisorScenarios } from './scenarios/supervisor';
import { testControlScenarios } from './scenarios/test-controls';
import { widgetScenarios } from './scenarios/widget';

/**
 * The contract suite: HTTP and socket scenarios every backend must pass alike (the MSW handlers, the BFF).
 * Each scenario starts from fresh seed data. A later feature adds its scenarios file here.
 */
export function runContractSuite(target: () => ContractTarget): void {
  beforeEach(async () => {
    await call(target().anonymous(), resetBackend);
  });
  describe('session', () => sessionScenarios(target));
  describe('agent state', () => agentStateScenarios(target));
  describe('agent contacts', () => agentContactScenarios(target));
  describe('audit', () => auditScenarios(target));
  describe('customers', () => customerScenarios(target));
  describe('contacts', () => contactScenarios(target));
  describe('conversations', () => conversationScenarios(target));
  describe('conversation routing', () => conversationRoutingScenarios(target));
  describe('conversation resume', () => conversationResumeScenarios(target));
  describe('conversation attachments', () => conversationAttachmentScenarios(target));
  describe('conversation queue figures', () => conversationQueueScenarios(target));
  describe('conversation settings', () => conversationSettingsScenarios(target));
  describe('chat widget', () => widgetScenarios(target));
  describe('inbound SMS and email', () => inboundScenarios(target));
  describe('request hygiene', () => requestHygieneScenarios(target));
  describe('role matrix', () => roleMatrixScenarios(target));
  describe('supervisor', () => supervisorScenarios(target));
  describe('softphone', () => softphoneScenarios(target));
  describe('realtime', () => realtimeScenarios(target));
  describe('test controls', () => testControlScenarios(target));
  describe('faults', () => faultScenarios(target));
}
