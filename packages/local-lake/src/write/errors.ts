// Write errors in the Content Lake's shape: `{error: {description, type: 'mutationError', items: [...]}}`.

export interface MutationErrorItem {
  error: { description: string; type: string; id?: string };
  index: number;
}

export class MutationError extends Error {
  readonly status: number;
  readonly type: string;
  readonly items: MutationErrorItem[];
  constructor(status: number, description: string, item?: { type: string; id?: string; index: number }) {
    super(description);
    this.status = status;
    this.type = 'mutationError';
    this.items = item ? [{ error: { description, type: item.type, id: item.id }, index: item.index }] : [];
  }

  get body(): unknown {
    return {
      error: { description: `The mutation(s) failed: ${this.message}`, type: this.type, items: this.items },
    };
  }
}

export class ActionError extends Error {
  readonly status: number;
  constructor(status: number, description: string) {
    super(description);
    this.status = status;
  }

  get body(): unknown {
    return { error: { description: this.message, type: 'actionError' } };
  }
}
