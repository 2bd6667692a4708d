// The activity feature's public face.
export { Activity } from './components/Activity';
