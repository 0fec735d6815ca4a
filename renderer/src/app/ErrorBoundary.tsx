// One bad row (or any other failure while a page renders) must never blank the window: the page is replaced by a
// Norwegian message with a way back, and the technical detail goes to the log (the console, the app's log).
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { hrefFor } from './router.ts';
import '../styles/recovery.css';

interface Props {
  children: ReactNode;
  /** A new value (the route) clears the failure: moving to another page tries again. */
  resetKey: string;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Siden kunne ikke vises:', error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert data-color="danger" className="page-failure" role="alert">
        <Heading level={1} data-size="sm">
          Noe gikk galt på denne siden
        </Heading>
        <Paragraph>
          Siden kunne ikke vises. Ingenting er endret i filen. Prøv igjen, eller gå til en annen side; meld fra til
          brukerstøtte hvis det skjer igjen.
        </Paragraph>
        <div className="button-row">
          <Button variant="primary" data-size="sm" onClick={() => this.setState({ failed: false })}>
            Prøv igjen
          </Button>
          <a href={hrefFor('/tiltak')}>Gå til tiltakslisten</a>
        </div>
      </Alert>
    );
  }
}
