import type { WidgetChat } from './widget-api';

const KEY = 'zuoxi.widget.chat';

/** The chat of this browser tab: a reload reopens it (its token is the only key to it) rather than starting over. */
export const widgetChatStorage = {
  load(): WidgetChat | null {
    try {
      const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<WidgetChat> | null;
      return value?.conversationId && value.chatToken && value.customerName ? (value as WidgetChat) : null;
    } catch {
      return null;
    }
  },
  save(chat: WidgetChat | null) {
    if (chat) sessionStorage.setItem(KEY, JSON.stringify(chat));
    else sessionStorage.removeItem(KEY);
  },
};
