import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp.tsx';
import { requireElement } from '../../components/require-element.ts';
import '../../components/clipper.css';

render(<PopupApp />, requireElement('#app'));
