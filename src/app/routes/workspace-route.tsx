import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import useMediaQuery from '@mui/material/useMediaQuery';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { Hint } from '@/components/hint';
import { PageHeading } from '@/components/page-heading';
import { EmptyState } from '@/components/empty-state';
import { Panel } from '@/components/panel';
import { selectActivePop, usePopStore } from '@/features/customers/stores/pop-store';
import { SoftphoneArea } from '../shell/softphone-area';
import { setPageTitle } from '@/lib/page-title';
import { whenIdle } from '@/lib/when-idle';

// The customer view is split from the workspace's first paint and fetched as soon as the page is idle, so a
// screen pop finds it loaded.
const loadCustomerContext = () => import('../customers/customer-context');
const CustomerContext = lazy(() => loadCustomerContext().then((m) => ({ default: m.CustomerContext })));
const CustomerFocusGuard = lazy(() => loadCustomerContext().then((m) => ({ default: m.CustomerFocusGuard })));
// The conversation workspace (offers, tabs, composer, outbox) loads after the shell has painted, like the
// customer view: the critical JS stays the shell's.
const loadConversationWorkspace = () => import('../conversations/conversation-workspace');
const ConversationsColumn = lazy(() => loadConversationWorkspace().then((m) => ({ default: m.ConversationsColumn })));
const ConversationColumn = lazy(() => loadConversationWorkspace().then((m) => ({ default: m.ConversationColumn })));
const ConversationFocusGuard = lazy(() => loadConversationWorkspace().then((m) => ({ default: m.ConversationFocusGuard })));

type ContextTab = 'customer' | 'knowledge' | 'offers';

/** A customer address reached this soon after a pop of that customer is the pop's doing, not the agent's. */
const POP_NAVIGATION_MS = 5_000;

/** What the URL says the agent is looking at (`/customers/:id`, `/conversations/:id`, `/tickets/:id`). */
export interface WorkspaceFocus {
  kind: 'customer' | 'conversation' | 'ticket';
  id: string;
}

export interface WorkspaceRouteProps {
  focus?: WorkspaceFocus;
}

/**
 * The agent's workspace: conversation tabs and the phone on the left, the active conversation in the
 * middle, the context panel (customer, knowledge, offers) on the right. The context panel collapses first
 * on narrow screens so call controls and the composer stay visible.
 */
export function WorkspaceRoute({ focus }: WorkspaceRouteProps) {
  const { t } = useTranslation('common');
  const wide = useMediaQuery('(min-width:1200px)');
  const focusedCustomer = focus?.kind === 'customer' ? focus.id : null;
  const focusedConversation = focus?.kind === 'conversation' ? focus.id : null;
  const [contextOpen, setContextOpen] = useState(true);
  // On narrow screens the context panel floats over the conversation on demand instead of taking a column.
  const [overlayOpen, setOverlayOpen] = useState(!!focusedCustomer);
  const [contextTab, setContextTab] = useState<ContextTab>('customer');

  // A contact popping brings the Customer tab forward (focus stays where it was: nothing arriving takes the
  // agent's keyboard). On a narrow screen it does not cover the conversation: the context button shows a dot.
  const poppedKey = usePopStore((s) => s.activeKey);
  const [unseenPop, setUnseenPop] = useState(false);
  useEffect(() => {
    if (!poppedKey) return;
    setContextTab('customer');
    setContextOpen(true);
    setUnseenPop(true);
  }, [poppedKey]);
  // The agent opening a customer (search, a link, an address) shows it wherever the context panel is.
  useEffect(() => {
    if (!focusedCustomer) return;
    setContextTab('customer');
    setContextOpen(true);
    const pop = selectActivePop(usePopStore.getState());
    const byPop = pop?.customerId === focusedCustomer && Date.now() - pop.at < POP_NAVIGATION_MS;
    if (!byPop) setOverlayOpen(true);
  }, [focusedCustomer]);
  useEffect(() => {
    if (overlayOpen) setUnseenPop(false);
  }, [overlayOpen]);
  useEffect(() => whenIdle(() => void loadCustomerContext().catch(() => undefined)), []);
  const showContext = contextOpen && wide;
  const contextVisible = wide ? showContext : overlayOpen;

  useEffect(() => {
    setPageTitle(t('page_title.workspace'));
  }, [t]);

  const toggleLabel = contextVisible ? t('workspace.hide_context') : t('workspace.show_context');
  // Wide: a compact chevron beside the column it folds. Narrow: the panel is out of sight, so the way to it
  // says what it holds.
  const toggle = wide ? (
    <Hint title={toggleLabel}>
      <IconButton aria-label={toggleLabel} onClick={() => setContextOpen((v) => !v)} aria-expanded={contextVisible} aria-controls="context-area">
        {contextVisible ? <ChevronRight fontSize="small" /> : <ChevronLeft fontSize="small" />}
      </IconButton>
    </Hint>
  ) : (
    <Button
      size="small"
      variant={overlayOpen ? 'contained' : 'outlined'}
      onClick={() => setOverlayOpen((v) => !v)}
      aria-expanded={overlayOpen}
      aria-controls="context-area"
      startIcon={
        overlayOpen ? (
          <ChevronRight fontSize="small" />
        ) : (
          <Box component="span" sx={{ position: 'relative', display: 'inline-flex' }}>
            <ChevronLeft fontSize="small" />
            {unseenPop && <Box component="span" data-unseen-pop sx={{ position: 'absolute', top: -2, right: -2, width: 8, height: 8, borderRadius: '50%', bgcolor: 'primary.main' }} />}
          </Box>
        )
      }
      sx={{ whiteSpace: 'nowrap' }}
    >
      {t('workspace.context_button')}
    </Button>
  );

  const contextPanel = (
    <Panel
      id="context"
      title={t('workspace.context')}
      actions={
        wide ? undefined : (
          <IconButton aria-label={t('workspace.hide_context')} onClick={() => setOverlayOpen(false)}>
            <ChevronRight fontSize="small" />
          </IconButton>
        )
      }
    >
      <Tabs value={contextTab} onChange={(_e, v: ContextTab) => setContextTab(v)} variant="fullWidth" aria-label={t('workspace.context')} sx={{ mb: 1 }}>
        <Tab value="customer" label={t('workspace.customer')} id="ctx-tab-customer" aria-controls="ctx-panel" />
        <Tab value="knowledge" label={t('workspace.knowledge')} id="ctx-tab-knowledge" aria-controls="ctx-panel" />
        <Tab value="offers" label={t('workspace.offers')} id="ctx-tab-offers" aria-controls="ctx-panel" />
      </Tabs>
      <Box role="tabpanel" id="ctx-panel" aria-labelledby={`ctx-tab-${contextTab}`}>
        {contextTab === 'customer' ? (
          <Suspense fallback={<LinearProgress aria-label={t('loading')} />}>
            <CustomerContext customerId={focusedCustomer} />
          </Suspense>
        ) : (
          <EmptyState title={t(`workspace.${contextTab}_empty`)} hint={t(`workspace.${contextTab}_empty_hint`)} />
        )}
      </Box>
    </Panel>
  );

  return (
    <Box
      sx={{
        height: '100%',
        display: 'grid',
        gap: 1,
        gridTemplateColumns: showContext ? 'minmax(260px, 300px) minmax(0, 1fr) minmax(300px, 360px)' : 'minmax(240px, 300px) minmax(0, 1fr)',
        gridTemplateRows: 'auto minmax(0, 1fr)',
        gridTemplateAreas: showContext ? '"phone main context" "convs main context"' : '"phone main" "convs main"',
      }}
    >
      <PageHeading>{t('nav.workspace')}</PageHeading>
      {focusedCustomer && (
        <Suspense fallback={null}>
          <CustomerFocusGuard customerId={focusedCustomer} />
        </Suspense>
      )}
      {focusedConversation && (
        <Suspense fallback={null}>
          <ConversationFocusGuard conversationId={focusedConversation} />
        </Suspense>
      )}
      <Box sx={{ gridArea: 'phone', minWidth: 0, display: 'flex', flexDirection: 'column', maxHeight: '62vh' }}>
        <SoftphoneArea />
      </Box>
      <Box sx={{ gridArea: 'convs', minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <Panel id="conversations" title={t('workspace.conversations')}>
          <Suspense fallback={<LinearProgress aria-label={t('loading')} />}>
            <ConversationsColumn activeId={focusedConversation} />
          </Suspense>
        </Panel>
      </Box>
      <Box sx={{ gridArea: 'main', minHeight: 0, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Panel id="conversation" title={t('workspace.active_conversation')} actions={toggle} flush>
          <Suspense fallback={<LinearProgress aria-label={t('loading')} />}>
            <ConversationColumn conversationId={focusedConversation} />
          </Suspense>
        </Panel>
      </Box>
      {showContext && (
        <Box id="context-area" sx={{ gridArea: 'context', minHeight: 0, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          {contextPanel}
        </Box>
      )}
      {!wide && overlayOpen && (
        // Not modal: the agent can keep typing in the conversation while reading the customer.
        <Box
          id="context-area"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOverlayOpen(false);
          }}
          sx={{ position: 'fixed', top: 52, right: 8, bottom: 8, width: 'min(360px, calc(100vw - 16px))', zIndex: (theme) => theme.zIndex.drawer, display: 'flex', flexDirection: 'column', boxShadow: 8, borderRadius: 1 }}
        >
          {contextPanel}
        </Box>
      )}
    </Box>
  );
}
