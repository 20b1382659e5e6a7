import { Component, type ReactNode } from "react";

/**
 * The last line of defence in front of a room: an unexpected error shows a message and a way
 * back instead of a blank page. Plain English, as the catalogues may be what failed. With a
 * `fallback`, that is shown instead (a part of the page that failed alone, lazyParts.tsx).
 */
export class ErrorBoundary extends Component<{ children: ReactNode; fallback?: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    if (this.props.fallback !== undefined) return this.props.fallback;
    return (
      <div className="load-error" role="alert">
        <h1>The atlas hit an unexpected problem</h1>
        <p>{this.state.error.message}</p>
        <p>
          <a href={window.location.pathname}>Start again from the overview</a> or{" "}
          <button type="button" onClick={() => window.location.reload()}>
            reload this view
          </button>
          .
        </p>
      </div>
    );
  }
}
