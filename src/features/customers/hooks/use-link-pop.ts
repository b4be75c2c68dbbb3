import { useTranslation } from 'react-i18next';
import { announce } from '@/lib/announce';
import { navigate } from '@/lib/router/router';
import { paths } from '@/lib/paths';
import { useLinkContact } from '../api/link-contact';
import { usePopStore, type Pop } from '../stores/pop-store';

/**
 * The agent says who the contact is (picked among several, found by search) or that it is nobody known
 * (unlink): the pop follows at once, the server keeps the link, and the panel shows that customer.
 */
export function useLinkPop() {
  const { t } = useTranslation('customers');
  const link = useLinkContact();
  const patch = usePopStore((s) => s.patch);

  return {
    isPending: link.isPending,
    isError: link.isError,
    link(pop: Pop, customerId: string, name: string) {
      patch(pop.key, { customerId, status: 'matched' });
      navigate(paths.customer.href(customerId));
      // A call still registering is linked once it has its contact id (see the screen-pop flow).
      if (!pop.contactId) return;
      link.mutate({ contactId: pop.contactId, customerId }, { onSuccess: () => announce(t('contact.linked', { name })), onError: () => announce(t('contact.link_failed')) });
    },
    unlink(pop: Pop) {
      patch(pop.key, { customerId: null, status: 'unknown', matches: [] });
      navigate(paths.workspace.href());
      if (!pop.contactId) return;
      link.mutate({ contactId: pop.contactId, customerId: null }, { onSuccess: () => announce(t('contact.unlinked')) });
    },
  };
}
