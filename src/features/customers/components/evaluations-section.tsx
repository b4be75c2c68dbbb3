import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Rating from '@mui/material/Rating';
import Typography from '@mui/material/Typography';
import { useEvaluations } from '../api/get-evaluations';
import { formatDate, formatNumber } from '../lib/format';
import { CompactList } from './compact-list';
import { SECTION_SKELETON_HEIGHT } from '../lib/section-heights';
import { SectionBody } from './section-body';
import { TicketList } from './tickets-section';

export interface EvaluationsSectionProps {
  customerId: string;
  /** Shows a past contact in the contact history. */
  onJumpToContact: (contactId: string) => void;
}

/** Past survey scores (each linked to its contact) and complaints. */
export function EvaluationsSection({ customerId, onJumpToContact }: EvaluationsSectionProps) {
  const { t, i18n } = useTranslation('customers');
  const lng = i18n.language;
  const query = useEvaluations(customerId);
  return (
    <SectionBody query={query} name={t('section.evaluations')} height={SECTION_SKELETON_HEIGHT.evaluations}>
      {(data) => (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography variant="caption" color="text.secondary">
              {t('evaluations.average')}
            </Typography>
            {data.averageScore === null ? (
              <Typography variant="body2">{t('evaluations.no_score')}</Typography>
            ) : (
              <>
                <Rating value={data.averageScore} precision={0.1} readOnly size="small" aria-hidden />
                <Typography variant="body2" sx={{ fontWeight: 700 }}>
                  {t('evaluations.score', { score: formatNumber(data.averageScore, lng) })}
                </Typography>
              </>
            )}
          </Box>
          {data.surveys.length > 0 && (
            <CompactList
              label={t('evaluations.surveys')}
              empty={t('section.empty')}
              rows={data.surveys.map((s) => ({
                key: s.surveyId,
                primary: (
                  <>
                    <Box component="span" sx={{ fontWeight: 700, color: s.score <= 2 ? 'error.main' : undefined }}>
                      {t('evaluations.score', { score: s.score })}
                    </Box>
                    {s.comment ? ` · ${s.comment}` : ''}
                  </>
                ),
                secondary: (
                  <>
                    {t(`evaluations.via.${s.channel}`)} ·{' '}
                    <Link component="button" type="button" variant="caption" onClick={() => onJumpToContact(s.contactId)} sx={{ verticalAlign: 'baseline' }}>
                      {t('evaluations.see_contact', { date: formatDate(s.at, lng) })}
                    </Link>
                  </>
                ),
              }))}
            />
          )}
          <Typography variant="caption" color="text.secondary" component="div">
            {t('evaluations.complaints')}
          </Typography>
          <TicketList tickets={data.complaints} label={t('evaluations.complaints')} empty={t('evaluations.no_complaints')} />
        </Box>
      )}
    </SectionBody>
  );
}
