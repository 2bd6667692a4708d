// The comments feature's public face: a thread (a task's comments, a project's discussion) and its cache keys.
export { commentKeys, type Thread } from './api/comments';
export { CommentThread } from './components/CommentThread';
