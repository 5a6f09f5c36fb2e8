import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getHost } from './platform/host';
import { LangProvider } from './i18n/i18n';
import './app/app.css';

async function boot() {
  const host = getHost();
  const info = await host.appInfo();
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <LangProvider systemLocales={info.locales}>
        <App host={host} info={info} />
      </LangProvider>
    </StrictMode>,
  );
}

void boot();
