import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keepChartLayersOutOfTabOrder } from './ui/chartLayers';
import './app/styles.css';

const root = document.getElementById('root')!;
keepChartLayersOutOfTabOrder(root);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
