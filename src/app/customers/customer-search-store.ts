import { create } from 'zustand';

interface CustomerSearchState {
  isOpen: boolean;
  open: () => void;
  close: () => void;
}

/** Whether the customer search dialog is open: its shortcut, the top bar and the empty panel all open it. */
export const useCustomerSearchStore = create<CustomerSearchState>()((set) => ({
  isOpen: false,
  open: () => set({ isOpen: true }),
  close: () => set({ isOpen: false }),
}));
