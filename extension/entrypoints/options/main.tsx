import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import { requireElement } from '../../components/require-element.ts';
import '../../components/clipper.css';

render(<OptionsPage />, requireElement('#app'));
