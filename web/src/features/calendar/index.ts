// The calendar feature's public face.
export { Calendar } from './components/Calendar';
