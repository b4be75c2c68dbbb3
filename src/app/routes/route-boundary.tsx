import { Component, type ReactNode } from 'react';
import { isNotFoundError, type NotFoundError } from '@/lib/router/not-found';
import { NotFoundRoute } from './not-found-route';

export interface RouteBoundaryProps {
  /** The page's address: a new one clears a 404 shown for the last. */
  location: string;
  children: ReactNode;
}

interface State {
  notFound: NotFoundError | null;
  location: string;
}

/** Turns a page's NotFoundError into the 404 page, inside the shell; any other error goes on up. */
export class RouteBoundary extends Component<RouteBoundaryProps, State> {
  override state: State = { notFound: null, location: this.props.location };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    if (isNotFoundError(error)) return { notFound: error };
    throw error;
  }

  static getDerivedStateFromProps(props: RouteBoundaryProps, state: State): Partial<State> | null {
    return props.location !== state.location ? { notFound: null, location: props.location } : null;
  }

  override render() {
    if (this.state.notFound) return <NotFoundRoute embedded entity={this.state.notFound.entity} />;
    return this.props.children;
  }
}
