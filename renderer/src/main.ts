import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { connectApi } from './lib/api.ts';
import { apiContext } from './lib/api-context.ts';

mount(App, { target: document.getElementById('app')!, context: apiContext(connectApi()) });
