import { ShieldStudio } from './studio-element.js';

ShieldStudio.define('shield-studio');

declare global {
  interface HTMLElementTagNameMap {
    'shield-studio': ShieldStudio;
  }
}
