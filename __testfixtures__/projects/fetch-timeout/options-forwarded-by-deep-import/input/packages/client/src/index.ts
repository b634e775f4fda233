import { requestJson } from './request';
import { requestText } from './text';

export const loadMembers = () => requestJson('/members');
export const loadNotice = () => requestText('/notice', { method: 'GET' });
