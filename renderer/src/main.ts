import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { connectApi } from './lib/api.ts';

mount(App, { target: document.getElementById('app')!, props: { api: connectApi() } });
