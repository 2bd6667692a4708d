// The people feature's public face.
export { peopleKeys, useMembers, useMyInvitations } from './api/people';
export { Members } from './components/Members';
export { MyInvitations } from './components/MyInvitations';
