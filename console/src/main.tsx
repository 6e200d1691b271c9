/** Entry: Chinese locale for antd and dayjs, the Apollo client, the router. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
// From react-router/dom: the one that can apply a navigation with ReactDOM.flushSync (utils/useUrlState.ts).
import { RouterProvider } from 'react-router/dom';
import { apollo } from './app/client';
import { router } from './app/router';
import { preloadScreen } from './app/routes';
// antd's styles as one static, cached file (zero-runtime mode): generating them in the browser on
// every page load cost about a third of a second of script time before the first screen could draw.
import 'antd/dist/antd.css';
import './app/global.css';

dayjs.locale('zh-cn');
preloadScreen(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ zeroRuntime: true, token: { colorPrimary: '#1d5fa8', borderRadius: 4 } }}>
      <AntApp>
        <ApolloProvider client={apollo.client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
