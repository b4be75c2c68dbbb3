import { render, type RenderResult } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import { LiveRegions } from '@/components/live-regions';
import type { SipSettings } from '@/contract/schemas/sip';
import { FakeSoftphone } from '@/features/softphone/port/fake-softphone';
import { SoftphoneProvider, type SoftphoneProviderProps } from '@/features/softphone/softphone-provider';
import { SoftphoneStatus } from '@/features/softphone/components/softphone-status';
import { SoftphonePanel } from '@/features/softphone/components/softphone-panel';
import type { MicrophoneStatus } from '@/features/softphone/stores/softphone-store';

export const testSettings: SipSettings = {
  wsUrl: 'ws://127.0.0.1:5066',
  uri: 'sip:1001@zuoxi.test',
  authorizationUsername: '1001',
  authorizationPassword: 'secret',
  displayName: 'Zhang Wei',
  iceServers: [],
  autoAnswer: false,
};

export interface RenderSoftphoneOptions extends Partial<SoftphoneProviderProps> {
  fake?: FakeSoftphone;
  microphone?: MicrophoneStatus;
  settings?: Partial<SipSettings>;
  extra?: React.ReactNode;
}

/** Renders status + panel over a FakeSoftphone in English, as the app composes them. */
export async function renderSoftphone(options: RenderSoftphoneOptions = {}): Promise<RenderResult & { fake: FakeSoftphone }> {
  await i18n.changeLanguage('en');
  const fake = options.fake ?? new FakeSoftphone();
  const { fake: _f, microphone = 'ok', settings, extra, ...props } = options;
  const result = render(
    <SoftphoneProvider
      createPort={async () => fake}
      fetchSettings={async () => ({ ...testSettings, ...settings })}
      probeMicrophone={async () => microphone}
      multiTab={false}
      {...props}
    >
      <LiveRegions />
      <SoftphoneStatus />
      <SoftphonePanel />
      {extra}
    </SoftphoneProvider>,
  );
  return { ...result, fake };
}
