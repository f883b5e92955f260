import { useMemo } from 'react';
import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { ServicesProvider } from '../features/shared/services-context';
import { AppRoot } from '../shell/AppRoot';
import { composeLocal } from './compose-local';
import { PersistenceNotice } from './PersistenceNotice';
import { useSystemColorScheme, type ColorScheme } from './use-system-color-scheme';

const THEMES: Record<ColorScheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Local mode: IndexedDB in this browser, theme from the operating system. */
export function LocalApp() {
  const scheme = useSystemColorScheme();
  const services = useMemo(() => composeLocal(), []);
  return (
    <FluentProvider theme={THEMES[scheme]} style={{ minHeight: '100vh' }}>
      <ServicesProvider services={services}>
        <PersistenceNotice />
        <AppRoot />
      </ServicesProvider>
    </FluentProvider>
  );
}
