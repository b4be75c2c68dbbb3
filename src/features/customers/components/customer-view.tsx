import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import { useCustomer } from '../api/get-customer';
import { SECTION_SKELETON_HEIGHT, TIMELINE_FILTERS_HEIGHT } from '../lib/section-heights';
import { useSectionLayout, useSectionLayoutStore, type SectionId } from '../stores/section-layout-store';
import { AccountsSection } from './accounts-section';
import { CustomerHeaderView } from './customer-header-view';
import { CustomerSection } from './customer-section';
import { SectionBody } from './section-body';
import { EvaluationsSection } from './evaluations-section';
import { MarketingSection } from './marketing-section';
import { OrdersSection } from './orders-section';
import { SubscriptionsSection } from './subscriptions-section';
import { TicketsSection } from './tickets-section';
import { TimelineSection, type TimelineJump } from './timeline-section';

export interface CustomerViewProps {
  customerId: string;
  /** Whose section order and folds to use. */
  agentId: string;
  /** Above the header: the contact in hand, or a way to link it. */
  contactSlot?: ReactNode;
}

const WAITING = { data: undefined, isPending: true, isError: false, error: null, isFetching: true, refetch: () => Promise.reject(new Error('not started')) } as const;

/** The height the loaded header takes, so the sections below do not jump when it arrives. */
export const HEADER_HEIGHT = 214;

/**
 * The unified customer view: the header, then the sections in the agent's order, each loading and failing
 * on its own. Every query was usually started by the screen pop already.
 */
export function CustomerView({ customerId, agentId, contactSlot }: CustomerViewProps) {
  const { t } = useTranslation('customers');
  const header = useCustomer(customerId);
  const layout = useSectionLayout(agentId);
  const toggle = useSectionLayoutStore((s) => s.toggle);
  const move = useSectionLayoutStore((s) => s.move);
  const [jump, setJump] = useState<TimelineJump | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // The header paints first, alone: the sections (their queries, their rendering) start the frame after it.
  // A screen pop is judged by how fast the agent sees who is calling; the sections follow a frame later.
  const settled = !header.isPending;
  const [sectionsLive, setSectionsLive] = useState(false);
  useEffect(() => {
    if (!settled) return;
    const frame = requestAnimationFrame(() => setSectionsLive(true));
    return () => cancelAnimationFrame(frame);
  }, [settled]);

  // Another customer (a pop, a search) starts at the top, header and balance in view, wherever the last was scrolled.
  useEffect(() => {
    let scroller = rootRef.current?.parentElement ?? null;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    if (scroller) scroller.scrollTop = 0;
  }, [customerId]);

  const jumpToContact = useCallback(
    (contactId: string) => {
      if (layout.collapsed.includes('timeline')) toggle(agentId, 'timeline');
      setJump({ contactId, nonce: Date.now() });
      requestAnimationFrame(() => document.querySelector('[data-section="timeline"]')?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' }));
    },
    [layout.collapsed, toggle, agentId],
  );

  const body = (id: SectionId): ReactNode => {
    if (!sectionsLive) {
      const placeholder = <SectionBody query={WAITING} name={t(`section.${id}`)} height={SECTION_SKELETON_HEIGHT[id]}>{() => null}</SectionBody>;
      return id === 'timeline' ? <Box sx={{ pt: `${TIMELINE_FILTERS_HEIGHT}px` }}>{placeholder}</Box> : placeholder;
    }
    switch (id) {
      case 'accounts':
        return <AccountsSection customerId={customerId} />;
      case 'subscriptions':
        return <SubscriptionsSection customerId={customerId} />;
      case 'timeline':
        return <TimelineSection customerId={customerId} jump={jump} />;
      case 'tickets':
        return <TicketsSection customerId={customerId} />;
      case 'orders':
        return <OrdersSection customerId={customerId} />;
      case 'evaluations':
        return <EvaluationsSection customerId={customerId} onJumpToContact={jumpToContact} />;
      case 'marketing':
        return <MarketingSection customerId={customerId} />;
    }
  };

  return (
    <Box ref={rootRef} aria-label={header.data ? t('panel.label', { name: header.data.name }) : undefined} role={header.data ? 'region' : undefined} data-customer={customerId}>
      {contactSlot}
      {header.isPending ? (
        <Box role="progressbar" aria-label={t('panel.loading')} sx={{ height: HEADER_HEIGHT, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
          <Skeleton variant="rounded" height={28} width="60%" />
          <Skeleton variant="rounded" height={16} width="85%" />
          <Skeleton variant="rounded" height={22} width="50%" />
          <Skeleton variant="rounded" height={40} />
          <Skeleton variant="rounded" height={80} />
        </Box>
      ) : header.isError ? (
        <Alert
          severity="error"
          role="alert"
          action={
            <Button color="inherit" size="small" onClick={() => void header.refetch()}>
              {t('panel.retry')}
            </Button>
          }
        >
          {t('panel.customer_failed')}
        </Alert>
      ) : (
        <CustomerHeaderView customer={header.data} />
      )}
      <Box role="group" aria-label={t('panel.sections_label')}>
        {layout.order.map((id, index) => (
          <CustomerSection
            key={id}
            id={id}
            index={index}
            count={layout.order.length}
            collapsed={layout.collapsed.includes(id)}
            onToggle={() => toggle(agentId, id)}
            onMove={(by) => move(agentId, id, by)}
          >
            {body(id)}
          </CustomerSection>
        ))}
      </Box>
    </Box>
  );
}
