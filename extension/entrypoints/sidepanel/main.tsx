import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp.tsx';
import { requireElement } from '../../components/require-element.ts';
import '../../components/clipper.css';

// The same Clipper as the popup, kept open beside the page (opened for one tab from the popup).
render(<PopupApp />, requireElement('#app'));
