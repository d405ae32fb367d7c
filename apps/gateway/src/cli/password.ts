/** A new user's password: CADRE_PASSWORD, or the first line of standard input; never an argument. */
export async function readPassword(): Promise<string> {
  if (process.env.CADRE_PASSWORD) return process.env.CADRE_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    if (chunk.includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}
