// A refusal of a command: one message for stderr, exit code 2, nothing written.
export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Refusal';
  }
}
