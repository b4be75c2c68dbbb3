import { Component, type ErrorInfo, type ReactNode } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { PanelErrorFallback } from './panel-error-fallback';

export interface PanelErrorBoundaryProps {
  /** Translated panel name, used in the fallback's message. */
  panel: string;
  children: ReactNode;
}

interface InnerProps extends PanelErrorBoundaryProps {
  onReset: () => void;
}

class InnerBoundary extends Component<InnerProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // One panel failing must never blank the desktop; the log keeps the stack for support.
    console.error(`[panel:${this.props.panel}]`, error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error) return <PanelErrorFallback panel={this.props.panel} error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}

/** Wraps one panel: a crash or a failed suspense query shows in that panel with a retry, the rest keeps working. */
export function PanelErrorBoundary({ panel, children }: PanelErrorBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <InnerBoundary panel={panel} onReset={reset}>
          {children}
        </InnerBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
