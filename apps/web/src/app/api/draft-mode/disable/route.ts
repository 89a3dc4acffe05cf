import { draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';

/** GET /api/draft-mode/disable — leaves draft preview and returns to the published home page. */
export async function GET(request: NextRequest): Promise<Response> {
  (await draftMode()).disable();
  return NextResponse.redirect(new URL('/', request.nextUrl.origin), 303);
}
