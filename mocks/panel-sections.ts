import { ContactsPanelSection } from './contacts/panel-section';
import { ConversationsPanelSection } from './conversations/panel-section';
import type { MockPanelSection } from './core/panel-section';
import { NoticesPanelSection } from './notices/panel-section';
import { FaultsPanelSection, NetworkPanelSection } from './scenario/panel-section';
import { SessionPanelSection } from './session/panel-section';
import { SupervisorPanelSection } from './supervisor/panel-section';

/** The scenario panel, a section per feature's mocks, in the order a person trying the desktop needs them. */
export const mockPanelSections: readonly MockPanelSection[] = [
  { id: 'contacts', Component: ContactsPanelSection },
  { id: 'conversations', Component: ConversationsPanelSection },
  { id: 'network', Component: NetworkPanelSection },
  { id: 'session', Component: SessionPanelSection },
  { id: 'faults', Component: FaultsPanelSection },
  { id: 'notices', Component: NoticesPanelSection },
  { id: 'supervisor', Component: SupervisorPanelSection },
];
