// The settings feature's public face.
export { Settings } from './components/Settings';
