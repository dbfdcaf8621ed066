/**
 * The built-in briefing a new library starts with: five county-level speeches on
 * industrial-workforce reform, as one newspaper page. Its file name is what the
 * library shows as the briefing's source.
 */
export const sampleFileName = '产业工人队伍建设改革推进会交流发言.txt';
