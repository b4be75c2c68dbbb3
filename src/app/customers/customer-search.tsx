import { useEffect, useState } from 'react';
import { preloadable } from '@/components/preloadable';
import { navigate } from '@/lib/router/router';
import { paths } from '@/lib/paths';
import { isCustomerSearchShortcut } from './customer-search-shortcut';
import { useCustomerSearchStore } from './customer-search-store';

// The dialog is not needed to paint; it is fetched when the page is idle so the shortcut opens it at once.
const dialog = preloadable(() => import('@/features/customers/components/customer-search-dialog').then((m) => m.CustomerSearchDialog));
const CustomerSearchDialog = dialog.Component;
export const preloadCustomerSearch = dialog.preload;

/** The customer search from anywhere in the shell: its shortcut, and its dialog once first opened. */
export function CustomerSearch() {
  const isOpen = useCustomerSearchStore((s) => s.isOpen);
  const close = useCustomerSearchStore((s) => s.close);
  const [mounted, setMounted] = useState(false);

  useEffect(() => {
    // Composition is tracked by events: Chrome on macOS can send keyCode 229 with isComposing false.
    let composing = false;
    const onStart = () => {
      composing = true;
    };
    const onEnd = () => {
      composing = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (composing || !isCustomerSearchShortcut(event)) return;
      event.preventDefault();
      useCustomerSearchStore.getState().open();
    };
    window.addEventListener('compositionstart', onStart, true);
    window.addEventListener('compositionend', onEnd, true);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('compositionstart', onStart, true);
      window.removeEventListener('compositionend', onEnd, true);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
  useEffect(() => {
    if (isOpen) setMounted(true);
  }, [isOpen]);

  if (!mounted) return null;
  return <CustomerSearchDialog open={isOpen} onClose={close} onOpenCustomer={(id) => navigate(paths.customer.href(id))} />;
}
